package org.sanctuary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The cases K1–K9 of names-and-linkage.md §1: renderings of one name share a canonical key. */
class NameKeysTest {

  static List<Arguments> renderingsOfOneName() {
    return List.of(
        Arguments.of("K1", List.of("김철수", "Kim Chol-su", "Kim Cheol-soo", "KIM CHUL SOO", "Chol Su Kim", "Kim Ch'ŏlsu")),
        Arguments.of("K2", List.of("이영희", "Lee Young-hee", "Yi Yŏnghŭi", "Ri Yong Hui", "Rhee Yeong-hui")),
        Arguments.of("K3", List.of("리설주", "Ri Sol Ju", "Lee Seol-ju", "Yi Sŏlchu")),
        Arguments.of("K4", List.of("박정일", "Park Jung-il", "Pak Jong Il", "Bak Jeongil", "朴正日", "Piao Zhengri")),
        Arguments.of("K5", List.of("최룡해", "Choe Ryong Hae", "Choi Yong-hae", "Ch'oe Ryonghae", "崔龍海", "Cui Longhai")),
        Arguments.of("K6", List.of("류경", "Ryu Kyong", "Yoo Gyeong", "柳京")),
        Arguments.of("K7", List.of("남궁민수", "Namgung Minsu", "Namkoong Min-soo")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderingsOfOneName")
  void everyRenderingSharesTheKeyOfTheHangul(String label, List<String> renderings) {
    String hangulKey = NameKeys.of(renderings.get(0)).get(0);
    Set<String> common = new HashSet<>(NameKeys.of(renderings.get(0)));
    for (String rendering : renderings) {
      List<String> keys = NameKeys.of(rendering);
      assertThat(keys).as("%s: keys of %s", label, rendering).contains(hangulKey).hasSizeLessThanOrEqualTo(NameKeys.MOST);
      common.retainAll(keys);
    }
    assertThat(common).as(label).isNotEmpty();
  }

  @Test
  void k7ACompoundSurnameIsKeptWhole() {
    assertThat(NameKeys.of("남궁민수")).containsExactly("NAM.KOG MIN.SO");
    assertThat(NameKeys.revisedRomanization("남궁민수")).isEqualTo("Namgung Minsu");
  }

  @Test
  void k8RevisedRomanizationMakesNoSoundChangeInsideAName() {
    assertThat(NameKeys.revisedRomanization("한복남")).isEqualTo("Han Boknam");
    assertThat(NameKeys.revisedRomanization("리설주")).isEqualTo("Ri Seolju");
  }

  @Test
  void k9NamesThatDifferByASyllableAreNotCanonicalEqual() {
    assertThat(NameKeys.canonicalEqual("김철수", "김철주")).isFalse();
    assertThat(NameKeys.canonicalEqual("김철수", "Kim Chul-soo")).isTrue();
  }

  @Test
  void theInitialSoundLawIsMergedSoSouthAndNorthSpellingsCollide() {
    assertThat(NameKeys.of("리영희")).isEqualTo(NameKeys.of("이영희"));
    assertThat(NameKeys.of("류경")).isEqualTo(NameKeys.of("유경"));
    assertThat(NameKeys.of("로명수")).isEqualTo(NameKeys.of("노명수"));
    assertThat(NameKeys.of("림철")).isEqualTo(NameKeys.of("임철"));
  }

  @Test
  void aNameWithNoLettersHasNoKey() {
    assertThat(NameKeys.of("  -- ")).isEmpty();
    assertThat(NameKeys.of("")).isEmpty();
  }
}
