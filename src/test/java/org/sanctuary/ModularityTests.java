package org.sanctuary;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md keep to their contracts: no cycles, no reaching into internals. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(SanctuaryApplication.class);

  @Test
  void modulesDependOnlyOnEachOthersPublicApi() {
    modules.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
