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
models <- list(
  three = list(character(0), "AB", c("AB", "AC"), c("AB", "AC", "BC")),
  four = list(character(0), "AB", c("AB", "CD"), c("AB", "AC", "BC", "ABC"), c("AB", "AC", "AD", "BC", "BD", "CD")),
  sparse = list(character(0), "AB")
)
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
    lower <- if (drop(n) <= 0) n else uniroot(drop, c(n, best$maximum), tol = 1e-10)$root
    upper <- uniroot(drop, c(best$maximum, 50 * n), tol = 1e-10)$root
    cat(sprintf("%s,%s,%.10f,%.10f,%.10f,%.10f,%.10f,%.6f,%.6f\n", name, paste(terms, collapse = " "),
        coef(fit)[1], ll, AIC(fit), -2 * ll + p * log(n), n + exp(coef(fit)[1]), lower, upper))
  }
}
