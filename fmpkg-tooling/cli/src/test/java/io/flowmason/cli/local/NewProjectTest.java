package io.flowmason.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class NewProjectTest {

    @Test
    void derivesEverythingFromAScopedName() {
        NewProject project = NewProject.of("acme-corp/text-tools", null, null, "1.0.0");

        assertThat(project.baseName()).isEqualTo("text-tools");
        assertThat(project.javaPackage()).isEqualTo("com.acmecorp.texttools");
        assertThat(project.groupId()).isEqualTo("com.acmecorp");
        assertThat(project.type()).isEqualTo("text_tools");
        assertThat(project.className()).isEqualTo("TextTools");
        assertThat(project.category()).isEqualTo("acme-corp");
        assertThat(project.packagePath()).isEqualTo("com/acmecorp/texttools");
    }

    @Test
    void aPlainNameOrAnAtScopeWorksAsWell() {
        NewProject plain = NewProject.of("greeter", null, null, "1.0.0");
        assertThat(plain.javaPackage()).isEqualTo("com.example.greeter");
        assertThat(plain.category()).isEqualTo("custom");

        NewProject at = NewProject.of("@acme/2fa.check", null, null, "1.0.0");
        assertThat(at.javaPackage()).isEqualTo("com.acme.p2facheck");
        assertThat(at.type()).isEqualTo("c_2fa_check");
        assertThat(at.className()).isEqualTo("C2faCheck");
    }

    @Test
    void theOptionsWinOverWhatTheNameSuggests() {
        NewProject project = NewProject.of("acme-corp/text-tools", "org.acme.text", "word_stats", "2.1.0");

        assertThat(project.javaPackage()).isEqualTo("org.acme.text");
        assertThat(project.groupId()).isEqualTo("org.acme");
        assertThat(project.type()).isEqualTo("word_stats");
        assertThat(project.className()).isEqualTo("WordStats");
        assertThat(project.version()).isEqualTo("2.1.0");
    }

    @Test
    void refusesWhatCannotBeAPackageAJavaPackageATypeOrAVersion() {
        assertUsage(() -> NewProject.of("Acme/Text", null, null, "1.0.0"), "'Acme/Text' is not a package name");
        assertUsage(() -> NewProject.of("acme/text", "org.acme.class", null, "1.0.0"), "'org.acme.class' is not a Java package name");
        assertUsage(() -> NewProject.of("acme/text", null, "WordStats", "1.0.0"), "'WordStats' is not a component type");
        assertUsage(() -> NewProject.of("acme/text", null, null, "one"), "'one' is not a version");
    }

    private static void assertUsage(Runnable creation, String message) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(CliFailure.class, failure -> {
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(failure.getMessage()).startsWith(message);
        });
    }
}
