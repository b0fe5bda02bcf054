# Reference values for the log-linear estimates (src/test/resources/estimation/loglinear-reference.csv),
# computed with R's own glm, independently of Sanctuary's code: for each table and model, the
# intercept, the Poisson log-likelihood, AIC, BIC (p ln n, n the people seen), N-hat, and the 95 %
# multinomial profile-likelihood interval of N (Cormack 1992) found with optimize and uniroot.
# Run: Rscript scripts/loglinear-reference.R > src/test/resources/estimation/loglinear-reference.csv
# (Debian: apt-get install r-base-core).
tables <- list(
  # Cells in mask order: A, B, AB, C, AC, BC, ABC (then D, AD, ... for four lists).
  three = c(300, 250, 60, 200, 40, 35, 12),
  four = c(140, 112, 41, 98, 22, 30, 9, 75, 35, 14, 6, 19, 5, 4, 2),
  sparse = c(54, 38, 3, 29, 2, 0, 1)
)
# Every hierarchical model of k lists (the all-list interaction left out; a term only with every term
# one list smaller inside it): 8 for three lists, 113 for four. The sparse table, with an empty cell,
# keeps the two models it was chosen for.
hierarchical <- function(k) {
  letters_of <- function(mask) paste(LETTERS[1:k][bitwAnd(mask, 2^(0:(k - 1))) > 0], collapse = "")
  candidates <- Filter(function(m) sum(bitwAnd(m, 2^(0:(k - 1))) > 0) >= 2, 1:(2^k - 2))
  candidates <- candidates[order(sapply(candidates, function(m) sum(bitwAnd(m, 2^(0:(k - 1))) > 0)), candidates)]
  found <- list()
  for (subset in 0:(2^length(candidates) - 1)) {
    chosen <- candidates[bitwAnd(subset, 2^(seq_along(candidates) - 1)) > 0]
    inner_ok <- all(sapply(chosen, function(m) {
      bits <- which(bitwAnd(m, 2^(0:(k - 1))) > 0) - 1
      if (length(bits) == 2) return(TRUE)
      all(sapply(bits, function(b) (m - 2^b) %in% chosen))
    }))
    if (length(chosen) == 0 || inner_ok) found[[length(found) + 1]] <- vapply(chosen, letters_of, "")
  }
  found
}
models <- list(three = hierarchical(3), four = hierarchical(4), sparse = list(character(0), "AB"))
frame <- function(y, k, first) {
  cells <- first:(2^k - 1)
  d <- data.frame(y = y)
  for (i in 1:k) d[[LETTERS[i]]] <- as.integer(bitwAnd(cells, 2^(i - 1)) > 0)
  d
}
formula_of <- function(k, terms) {
  parts <- c(LETTERS[1:k], vapply(terms, function(t) paste(strsplit(t, "")[[1]], collapse = ":"), ""))
  as.formula(paste("y ~", paste(parts, collapse = " + ")))
}
control <- glm.control(epsilon = 1e-14, maxit = 200)
cat("table,model,intercept,loglik,aic,bic,estimate,lower,upper\n")
for (name in names(tables)) {
  y <- tables[[name]]
  k <- round(log2(length(y) + 1))
  n <- sum(y)
  for (terms in models[[name]]) {
    f <- formula_of(k, terms)
    fit <- glm(f, family = poisson, data = frame(y, k, 1), control = control)
    ll <- as.numeric(logLik(fit))
    p <- length(coef(fit))
    profile <- function(N) {
      full <- c(N - n, y)
      mu <- suppressWarnings(fitted(glm(f, family = poisson, data = frame(full, k, 0), control = control)))
      lgamma(N + 1) - sum(lgamma(full + 1)) + sum(ifelse(full > 0, full * log(mu / N), 0))
    }
    best <- optimize(profile, c(n, 50 * n), maximum = TRUE, tol = 1e-10)
    drop <- function(N) best$objective - profile(N) - qchisq(0.95, 1) / 2
    # An interval whose upper end lies beyond 50 times the people seen is written NA: unbounded here.
    lower <- if (drop(n) <= 0) n else uniroot(drop, c(n, best$maximum), tol = 1e-10)$root
    upper <- if (drop(50 * n) <= 0) NA else uniroot(drop, c(best$maximum, 50 * n), tol = 1e-10)$root
    cat(sprintf("%s,%s,%.10f,%.10f,%.10f,%.10f,%.10f,%.6f,%.6f\n", name, paste(terms, collapse = " "),
        coef(fit)[1], ll, AIC(fit), -2 * ll + p * log(n), n + exp(coef(fit)[1]), lower, upper))
  }
}
