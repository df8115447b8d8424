package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DancuApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    /**
     * The modules without a Spring bean have no context of their own to bootstrap, so they have no
     * {@code @ApplicationModuleTest}; their module test is this: still no bean, and no module used but
     * those named (the pure-Java ones run in the CLI, the server and a Spark executor alike).
     */
    @ParameterizedTest
    @CsvSource({"civil, ''", "httpsig, ''", "linkage, civil", "tabular, civil", "synth, civil locality",
            "nationalsim, civil national synth httpsig"})
    void aModuleWithoutBeansStaysWithoutAndUsesOnlyTheModulesNamed(String name, String uses) {
        ApplicationModule module = modules.getModuleByName(name).orElseThrow();

        assertThat(module.getSpringBeans()).as(name + "'s beans").isEmpty();
        assertThat(module.getDirectDependencies(modules).uniqueModules().map(ModularityTests::name))
                .as(name + " uses").containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(uses.split(" ")).filter(used -> !used.isEmpty()).toList());
    }

    /**
     * The command line and the simulators stay at the edge: the command line is no module's dependency, the
     * national, e-ID and bank simulators only the command line's (the citizen login knows the e-ID provider, and
     * payments the banks, by their settings alone).
     */
    @Test
    void onlyTheCommandLineUsesTheSimulatorsAndNoModuleUsesTheCommandLine() {
        modules.forEach(module -> {
            assertThat(module.getDirectDependencies(modules).containsModuleNamed("cli")).as(name(module)).isFalse();
            assertThat(module.getDirectDependencies(modules).containsModuleNamed("nationalsim"))
                    .as(name(module)).isEqualTo(name(module).equals("cli"));
            assertThat(module.getDirectDependencies(modules).containsModuleNamed("eidsim"))
                    .as(name(module)).isEqualTo(name(module).equals("cli"));
            assertThat(module.getDirectDependencies(modules).containsModuleNamed("banksim"))
                    .as(name(module)).isEqualTo(name(module).equals("cli"));
        });
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
