package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sums of count claims bound their parts, and unknown bounds stay unknown. */
class CountClaimProperties {

  @Property
  void minIsNeverAboveMax(@ForAll("claims") CountClaim claim) {
    if (claim.min() != null && claim.max() != null) {
      assertThat(claim.min()).isLessThanOrEqualTo(claim.max());
    }
  }

  @Property
  void aSumBoundsEachOfItsParts(@ForAll("parts") List<CountClaim> parts) {
    CountClaim sum = CountClaim.sum(parts, CountUnit.PERSON);
    for (CountClaim part : parts) {
      if (sum.min() != null) {
        assertThat(part.min()).isNotNull();
        assertThat(sum.min()).isGreaterThanOrEqualTo(part.min());
      }
      if (sum.max() != null) {
        assertThat(part.max()).isNotNull();
        assertThat(sum.max()).isGreaterThanOrEqualTo(part.max());
      }
    }
    if (sum.min() != null && sum.max() != null) {
      assertThat(sum.min()).isLessThanOrEqualTo(sum.max());
    }
  }

  @Property
  void aBoundIsKnownInTheSumOnlyIfItIsKnownInEveryPart(
      @ForAll("parts") List<CountClaim> parts) {
    CountClaim sum = CountClaim.sum(parts, CountUnit.PERSON);
    assertThat(sum.min() != null).isEqualTo(parts.stream().allMatch(p -> p.min() != null));
    assertThat(sum.max() != null).isEqualTo(parts.stream().allMatch(p -> p.max() != null));
  }

  @Property
  void additionIsCommutative(@ForAll("claims") CountClaim a, @ForAll("claims") CountClaim b) {
    CountClaim ab = a.plus(b);
    CountClaim ba = b.plus(a);
    assertThat(ab.min()).isEqualTo(ba.min());
    assertThat(ab.max()).isEqualTo(ba.max());
  }

  @Provide
  Arbitrary<List<CountClaim>> parts() {
    return claims().list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<CountClaim> claims() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 100_000);
    return Arbitraries.oneOf(
        n.map(i -> CountClaim.parse(Integer.toString(i))),
        n.map(i -> CountClaim.parse("up to " + i)),
        n.map(i -> CountClaim.parse("at least " + i)),
        n.map(i -> CountClaim.parse("about " + i)),
        n.filter(i -> i > 0).map(i -> CountClaim.parse("fewer than " + i)),
        Arbitraries.of("several dozen", "hundreds", "thousands", "six", "a dozen")
            .map(CountClaim::parse),
        Arbitraries.just(CountClaim.unknown(CountUnit.PERSON)));
  }
}
