package org.sanctuary.monitoring.estimates;


import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.places.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.estimation.CaptureHistories;
import org.sanctuary.estimation.Chapman;
import org.sanctuary.estimation.ChaoLowerBound;
import org.sanctuary.estimation.LatentClasses;
import org.sanctuary.estimation.LogLinearFit;
import org.sanctuary.estimation.LogLinearModel;
import org.sanctuary.estimation.ModelSearch;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonLinkage;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many people several imported lists name, and how many no list recorded: each list is a
 * capture occasion, each person (records joined by confirmed "same as" links count once) has a
 * capture history, and every estimator of names-and-linkage.md §3 runs on those histories. Counts
 * only, no names; a reader sees the lists of the teams where they may read monitoring figures, and a
 * list of another team is not found. Audited.
 */
@Service
public class ListOverlaps {

  /** The log-linear models shown beside the best: enough to see how far N̂ moves between them. */
  static final int MODELS_SHOWN = 5;
  /** The latent-class sampler's seed: the same lists give the same answer. */
  static final long SEED = 2002;

  private final AccessPolicy access;
  private final EstimateRows rows;
  private final PersonLinkage linkage;
  private final AuditTrail audit;
  private final tools.jackson.databind.json.JsonMapper json;
  private final java.time.Clock clock;
  private final Gazetteer places;

  ListOverlaps(AccessPolicy access, EstimateRows rows, PersonLinkage linkage, AuditTrail audit, tools.jackson.databind.json.JsonMapper json,
      java.time.Clock clock, Gazetteer places) {
    this.places = places;
    this.access = access;
    this.rows = rows;
    this.linkage = linkage;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Saves an estimate of the lists under a title: its inputs and its answer now, for the lists'
   * team (the lists must be of one team). Audited.
   */
  @Transactional
  public UUID save(@Nullable String title, List<UUID> lists, ListFilter filter) {
    String named = title == null ? "" : title.strip();
    if (named.isEmpty() || named.length() > 200) {
      throw ValidationFailed.of("title", "give the analysis a title, up to 200 characters");
    }
    Estimates answer = estimate(lists);
    List<UUID> teams = rows.teamsOf(lists, TeamScope.of(access, Permission.MONITORING_STATISTICS));
    if (teams.size() != 1) {
      throw ValidationFailed.of("list", "choose lists of one team");
    }
    UUID id = UUID.randomUUID();
    rows.save(id, teams.get(0), named, filter, access.actor().username(), java.time.OffsetDateTime.now(clock),
        json.writeValueAsString(answer), lists);
    audit.record(AuditRecord.success("LIST_ESTIMATE_SAVED", "LIST_ESTIMATE", id, teams.get(0)));
    return id;
  }

  /** The saved estimates of the reader's teams, newest first. */
  @Transactional(readOnly = true)
  public org.sanctuary.shared.ResultPage<SavedSummary> saved(org.sanctuary.shared.PageRequest page) {
    return rows.saved(TeamScope.of(access, Permission.MONITORING_STATISTICS), page);
  }

  /**
   * A saved estimate: its answer when saved, and the same lists estimated again now, to compare.
   * Another team's is not found. Audited.
   */
  @Transactional
  public Saved read(UUID id) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_STATISTICS);
    SavedSummary summary = rows.summary(id, scope).orElseThrow(() -> new NotFound("saved estimate"));
    String answer = rows.answer(id);
    List<UUID> lists = rows.listsOf(id);
    audit.record(AuditRecord.success("LIST_ESTIMATE_READ", "LIST_ESTIMATE", id, null));
    return new Saved(summary, json.readValue(answer, Estimates.class), estimate(lists));
  }


  /** A saved estimate as listed: title, who saved it and when, how many lists, and what the lists were chosen for. */
  public record SavedSummary(UUID id, String title, String savedBy, java.time.Instant savedAt, int lists, ListFilter chosenFor) {}

  /** A saved estimate with its answer then and the same lists' answer now. */
  public record Saved(SavedSummary summary, Estimates then, Estimates now) {}

  /** The most lists offered to choose from, newest first. */
  public static final int LISTS_OFFERED = 200;

  /**
   * What the lists are chosen for: an act type, a period and a place (everything under it in the
   * gazetteer), each optional. A list is offered when its report informs an event of the team that
   * matches all that are given.
   */
  public record ListFilter(@Nullable String actType, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable UUID place) {

    public static final ListFilter NONE = new ListFilter(null, null, null, null);

    public ListFilter {
      if ((from == null) != (to == null) || from != null && to.isBefore(from)) {
        throw ValidationFailed.of("period", "give from and to, from not after to");
      }
    }

    boolean any() {
      return actType != null || from != null || place != null;
    }
  }

  /**
   * The lists a reader may estimate from: reports of their teams whose named people were imported
   * and, if the filter says, that inform an event of its act type, period and place; newest first,
   * each with how many it names (at most {@link #LISTS_OFFERED}).
   */
  @Transactional(readOnly = true)
  public List<ImportedList> lists(ListFilter filter) {
    return rows.lists(filter, filter.place() == null ? null : places.pathOf(filter.place()),
        TeamScope.of(access, Permission.MONITORING_STATISTICS), LISTS_OFFERED);
  }

  /** A report whose named people were imported: a list to estimate from. */
  public record ImportedList(UUID report, String reference, LocalDate receivedOn, long named) {}

  /** The overlaps of 2 to 6 lists (reports whose named people were imported) and every estimate of the people they missed. */
  @Transactional
  public Estimates estimate(List<UUID> lists) {
    List<UUID> chosen = List.copyOf(new LinkedHashSet<>(lists));
    if (chosen.size() < 2 || chosen.size() > CaptureHistories.MOST_LISTS || chosen.size() != lists.size()) {
      throw ValidationFailed.of("list", "choose 2 to 6 different lists");
    }
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_STATISTICS);
    Map<UUID, String> references = rows.references(chosen, scope);
    for (UUID list : chosen) {
      if (!references.containsKey(list)) {
        throw new NotFound("list " + list);
      }
    }
    Map<PersonId, Integer> onLists = new HashMap<>();
    long[] mentions = new long[chosen.size()];
    rows.mentions(chosen, (report, person) -> {
      int list = chosen.indexOf(report);
      mentions[list]++;
      onLists.merge(person, 1 << list, (a, b) -> a | b);
    });
    PersonLinkage.Clusters clusters = linkage.clusters(onLists.keySet());
    int[] masks = histories(onLists, clusters, Double.POSITIVE_INFINITY);
    List<String> letters = new ArrayList<>();
    List<ListSize> sizes = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      letters.add(LogLinearModel.letter(i));
      sizes.add(new ListSize(LogLinearModel.letter(i), chosen.get(i), references.get(chosen.get(i)), mentions[i]));
    }
    audit.record(AuditRecord.success("MONITORING_ESTIMATE_READ", "EVENT", null, null));
    if (masks.length == 0) {
      return new Estimates(sizes, onLists.size(), 0, clusters.undecidedPairs(), List.of(), List.of(), null, List.of(), null,
          List.of(), ASSUMPTIONS);
    }
    CaptureHistories captured = CaptureHistories.ofPeople(letters, masks);
    List<Cell> cells = new ArrayList<>();
    for (int mask = 1; mask < 1 << chosen.size(); mask++) {
      cells.add(new Cell(letters(mask, letters), captured.cell(mask)));
    }
    List<PairEstimate> pairs = new ArrayList<>();
    for (int a = 0; a < chosen.size(); a++) {
      for (int b = a + 1; b < chosen.size(); b++) {
        Chapman chapman = Chapman.of(captured, a, b);
        pairs.add(new PairEstimate(List.of(letters.get(a), letters.get(b)), chapman.estimate(), chapman.standardError(),
            chapman.interval().lower(), chapman.interval().upper()));
      }
    }
    ChaoLowerBound chao = ChaoLowerBound.of(captured);
    List<ModelEstimate> models = best(captured, MODELS_SHOWN);
    LatentClasses.Estimate latent = LatentClasses.of(captured, LatentClasses.Settings.standard(SEED));
    // Linkage errors move N̂ (a false link lowers it, a missed one raises it): the best model again as if
    // the undecided pairs the linkage was surest of were confirmed.
    List<AtThreshold> thresholds = new ArrayList<>();
    thresholds.add(new AtThreshold(null, captured.seen(), models.isEmpty() ? null : models.get(0)));
    for (double threshold : THRESHOLDS) {
      if (clusters.undecided().stream().anyMatch(pair -> pair.probability() >= threshold)) {
        CaptureHistories linked = CaptureHistories.ofPeople(letters, histories(onLists, clusters, threshold));
        List<ModelEstimate> bestLinked = best(linked, 1);
        thresholds.add(new AtThreshold(threshold, linked.seen(), bestLinked.isEmpty() ? null : bestLinked.get(0)));
      }
    }
    return new Estimates(sizes, onLists.size(), captured.seen(), clusters.undecidedPairs(), cells, pairs,
        new LowerBound(chao.bound(), chao.biasCorrected()), models,
        new Posterior(latent.median(), latent.interval().lower(), latent.interval().upper(), SEED, latent.settings().classes()),
        thresholds, ASSUMPTIONS);
  }

  /** The probabilities at which the undecided pairs are counted as one person, in turn, to show how N̂ moves. */
  static final List<Double> THRESHOLDS = List.of(0.9, 0.5);

  /**
   * Each person's capture history: records joined by confirmed links are one person, and so are
   * records of an undecided pair whose probability is at least {@code undecidedAbove}.
   */
  private static int[] histories(Map<PersonId, Integer> onLists, PersonLinkage.Clusters clusters, double undecidedAbove) {
    Map<PersonId, PersonId> joined = new HashMap<>();
    for (PersonLinkage.Undecided pair : clusters.undecided()) {
      PersonId first = clusters.personOf().get(pair.first());
      PersonId second = clusters.personOf().get(pair.second());
      if (pair.probability() >= undecidedAbove && first != null && second != null) {
        PersonId a = root(joined, first);
        PersonId b = root(joined, second);
        if (!a.equals(b)) {
          joined.put(a, b);
        }
      }
    }
    Map<PersonId, Integer> histories = new HashMap<>();
    onLists.forEach((record, mask) -> histories.merge(root(joined, clusters.personOf().get(record)), mask, (a, b) -> a | b));
    return histories.values().stream().mapToInt(Integer::intValue).toArray();
  }

  private static PersonId root(Map<PersonId, PersonId> parent, PersonId of) {
    PersonId at = of;
    while (parent.containsKey(at)) {
      at = parent.get(at);
    }
    return at;
  }

  /** The estimable log-linear models of lowest BIC, at most so many, each with its 95 % profile interval. */
  private static List<ModelEstimate> best(CaptureHistories histories, int most) {
    List<ModelEstimate> best = new ArrayList<>();
    for (LogLinearFit fit : ModelSearch.ranked(histories)) {
      // Fits that cannot be read rank last: the first of them ends the estimable ones.
      if (best.size() == most || !fit.estimable()) {
        break;
      }
      var interval = fit.profileInterval(histories, 0.95);
      best.add(new ModelEstimate(fit.model().formula(), fit.model().parameters(), fit.estimate(), interval.lower(),
          interval.upper(), fit.aic(), fit.bic()));
    }
    return best;
  }

  private static List<String> letters(int mask, List<String> letters) {
    List<String> on = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      if ((mask >> i & 1) == 1) {
        on.add(letters.get(i));
      }
    }
    return on;
  }

  /** A list: its letter in the formulas, its report, and the people named on it (records, before linkage). */
  public record ListSize(String letter, UUID report, String reference, long named) {}

  /** The people on exactly these lists. */
  public record Cell(List<String> lists, long people) {}

  /** Chapman's estimate from two of the lists alone, with its 95 % interval: a baseline. */
  public record PairEstimate(List<String> lists, double estimate, double standardError, double lower, double upper) {}

  /** Chao's lower bound and its bias-corrected form (infinite when no one is on exactly two lists). */
  public record LowerBound(double bound, double biasCorrected) {}

  /** A log-linear model, best BIC first, with N̂ and its 95 % profile-likelihood interval (upper end infinite if unbounded). */
  public record ModelEstimate(String formula, int parameters, double estimate, double lower, double upper, double aic, double bic) {}

  /**
   * The people and the best log-linear model when the undecided pairs of at least this probability
   * count as one person ({@code threshold} null: confirmed links only).
   */
  public record AtThreshold(@Nullable Double threshold, long people, @Nullable ModelEstimate best) {}

  /** The latent-class posterior of N: median and 95 % interval, with the seed and the most classes. */
  public record Posterior(double median, double lower, double upper, long seed, int classes) {}

  /**
   * Every estimate of the lists chosen, never one alone.
   *
   * @param lists the lists, lettered
   * @param records the records named on them
   * @param people the people those records are, over confirmed links
   * @param undecidedPairs pairs among the records that linkage proposed and no one has decided: until
   *     they are, the people may be fewer (if they are the same) and every estimate moves
   * @param cells the people on each combination of lists
   * @param pairs Chapman for each pair of lists
   * @param chao Chao's lower bound
   * @param models the best log-linear models, best BIC first
   * @param latentClasses the Bayesian latent-class estimate
   * @param thresholds the people and the best model over confirmed links, then counting the undecided
   *     pairs of probability 0.9 and more, then 0.5 and more, as one person (those with any such pair)
   * @param assumptions the assumption of each method, in words
   */
  public record Estimates(
      List<ListSize> lists, long records, long people, long undecidedPairs, List<Cell> cells, List<PairEstimate> pairs,
      @Nullable LowerBound chao, List<ModelEstimate> models,
      @Nullable Posterior latentClasses, List<AtThreshold> thresholds, Map<String, String> assumptions) {

    /** The people of the fullest cell, for drawing the others against (1 if none). */
    public long largestCell() {
      return Math.max(1, cells.stream().mapToLong(Cell::people).max().orElse(1));
    }

    /** The lowest N̂ of the best log-linear models shown. */
    public double lowestModel() {
      return models.stream().mapToDouble(ModelEstimate::estimate).min().orElse(0);
    }

    /** The highest N̂ of the best log-linear models shown: with the lowest, how much the choice of model moves the answer. */
    public double highestModel() {
      return models.stream().mapToDouble(ModelEstimate::estimate).max().orElse(0);
    }
  }

  /** The assumption each method rests on, in words, shown beside its numbers. */
  static final Map<String, String> ASSUMPTIONS = Map.of("pairs", Chapman.ASSUMPTION, "chao", ChaoLowerBound.ASSUMPTION,
      "models", LogLinearFit.ASSUMPTION, "latentClasses", LatentClasses.ASSUMPTION);
}
