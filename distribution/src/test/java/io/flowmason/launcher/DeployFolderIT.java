package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The watched deploy folder: dropping installs and starts, replacing updates, deleting uninstalls. */
class DeployFolderIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path work;

    @TempDir
    Path staging;

    static InProcessInstance instance;

    @BeforeAll
    static void start() throws Exception {
        instance = InProcessInstance.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
    }

    @Test
    void aPackageDroppedInIsStartedUpdatedWhenReplacedAndRemovedWhenDeleted() throws Exception {
        Path file = instance.deployDir().resolve("greeting-pkg.fmpkg");

        TestBundles.greetingBundle(file, "fixture.greeting.pkg", "1.0.0", "hello from 1.0.0");
        Eventually.await(WAIT, "the dropped package's service appears", () -> greeting("fixture.greeting.pkg").isPresent());
        assertThat(greeting("fixture.greeting.pkg")).contains("hello from 1.0.0");
        assertThat(bundle("fixture.greeting.pkg")).hasValueSatisfying(b -> assertThat(b.getState()).isEqualTo(Bundle.ACTIVE));

        TestBundles.greetingBundle(file, "fixture.greeting.pkg", "1.1.0", "hello from 1.1.0");
        Eventually.await(WAIT, "the replaced package's service answers anew",
                () -> greeting("fixture.greeting.pkg").filter("hello from 1.1.0"::equals).isPresent());
        assertThat(bundle("fixture.greeting.pkg").map(b -> b.getVersion().toString())).contains("1.1.0");

        Files.delete(file);
        Eventually.await(WAIT, "the deleted package's bundle is uninstalled", () -> bundle("fixture.greeting.pkg").isEmpty());
        assertThat(greeting("fixture.greeting.pkg")).isEmpty();
    }

    @Test
    void aPlainJarBundleIsDeployedToo() throws Exception {
        Path file = instance.deployDir().resolve("greeting-jar.jar");

        TestBundles.greetingBundle(file, "fixture.greeting.jar", "2.0.0", "hello from a jar");
        Eventually.await(WAIT, "the jar's service appears", () -> greeting("fixture.greeting.jar").isPresent());
        assertThat(greeting("fixture.greeting.jar")).contains("hello from a jar");

        Files.delete(file);
        Eventually.await(WAIT, "the jar's bundle is uninstalled", () -> bundle("fixture.greeting.jar").isEmpty());
    }

    private static Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(instance.context().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }

    /** What the fixture's service answers, looked up afresh on every call; empty while it is not registered. */
    @SuppressWarnings("unchecked")
    private static Optional<String> greeting(String symbolicName) {
        try {
            ServiceReference<?>[] refs = instance.context().getServiceReferences(Supplier.class.getName(),
                    "(" + TestBundles.SERVICE_FILTER_PROPERTY + "=" + symbolicName + ")");
            if (refs == null) {
                return Optional.empty();
            }
            Supplier<String> service = (Supplier<String>) instance.context().getService(refs[0]);
            try {
                return Optional.ofNullable(service).map(Supplier::get);
            } finally {
                instance.context().ungetService(refs[0]);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
