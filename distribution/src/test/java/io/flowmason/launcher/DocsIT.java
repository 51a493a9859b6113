package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.launcher.docs.DocConvention;
import io.flowmason.launcher.docs.DocExamples;
import io.flowmason.launcher.docs.ExampleChecks;
import io.flowmason.launcher.docs.ShellExample;
import io.flowmason.launcher.docs.ShellSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user documentation stays true: every {@code sh} example of a document runs, in order, in one
 * bash session from the folder of a freshly started instance ({@link ReaderInstance}), as a reader
 * would run it; every curl call answers 2xx unless the example says {@code # expect: <status>}; and
 * every answer the document shows is matched against the real one. The convention is described in
 * {@link DocExamples}, {@link DocConvention} and {@link io.flowmason.launcher.docs.DocumentedResponse}.
 * The examples need bash, curl, jq, unzip, a JDK and Maven; what readers download is provided offline
 * ({@link ReaderDownloads}).
 */
class DocsIT {

    /** Long enough for the component guide's Maven build on a busy 2-core machine. */
    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(2);
    /** The docs' own shell variables, set by their first example; every other FLOWMASON_* name must be a setting. */
    private static final List<String> READER_VARIABLES = List.of("FLOWMASON_URL", "FLOWMASON_API_KEY");

    @TempDir
    Path work;

    @Test
    void theApiReferenceRunsAsWritten() throws Exception {
        verify("api.md", home -> Map.of(), 0);
    }

    /** Started as the guide's first (norun) example says, for its {{env.NAME}} example. */
    @Test
    void thePipelineGuideRunsAsWritten() throws Exception {
        verify("pipelines.md", home -> Map.of("FLOWMASON_ENV_ALLOWLIST", "SUPPORT_REGION", "SUPPORT_REGION", "eu-west"), 1);
    }

    /** Started as the operations guide says for online backups, so that its backup example runs. */
    @Test
    void theOperationsGuideRunsAsWritten() throws Exception {
        verify("operations.md", home -> Map.of("FLOWMASON_DB_URL", "jdbc:h2:file:" + home.resolve("data/flowmason")
                + ";AUTO_SERVER=TRUE"), 3);
    }

    /**
     * The component guide's examples are a new user's whole path: fm init, a node added, fm test, fm package,
     * fm validate, fm deploy, a pipeline pushed and published with fm and run with curl, the unit tests run
     * with Maven, and a provider package written, deployed and used.
     */
    @Test
    void theComponentGuideRunsAsWritten() throws Exception {
        verify("components.md", home -> Map.of(), 0);
    }

    /** Started as the packaging guide's staging instance, so that its fm deploy --env examples run. */
    @Test
    void thePackagingGuideRunsAsWritten() throws Exception {
        verify("packaging.md", home -> Map.of("FLOWMASON_ENV", "staging"), 2);
    }

    @Test
    void theOperationsGuideNamesEverySettingAndNoOther() throws Exception {
        String guide = document("operations.md");
        TreeSet<String> settings = new TreeSet<>(names(Pattern.compile("\"(FLOWMASON_[A-Z_]+)\""),
                Files.readString(Path.of("src/main/java/io/flowmason/launcher/SettingsLoader.java"))));
        settings.addAll(names(Pattern.compile("\\$\\{(FLOWMASON_[A-Z_]+):-"), Files.readString(Path.of("src/dist/bin/flowmason"))));
        assertThat(settings).as("settings read by the launcher").contains("FLOWMASON_HTTP_PORT", "FLOWMASON_JAVA_OPTS");

        for (String setting : settings) {
            assertThat(guide).as("operations.md names " + setting + " in the first cell of a table row")
                    .containsPattern("(?m)^\\| [^|]*`" + setting + "`");
        }
        TreeSet<String> mentioned = new TreeSet<>(names(Pattern.compile("\\b(FLOWMASON_[A-Z_]+)\\b"), guide));
        mentioned.removeAll(READER_VARIABLES);
        assertThat(settings).as("every FLOWMASON_* name operations.md mentions is a setting").containsAll(mentioned);
    }

    private void verify(String name, Function<Path, Map<String, String>> settings, int maxNotRun) throws Exception {
        String file = "docs/" + name;
        List<ShellExample> examples = DocExamples.parse(file, document(name));
        List<String> problems = new ArrayList<>(DocConvention.problems(file, examples, maxNotRun));
        try (ReaderInstance instance = ReaderInstance.start(work.resolve("instance"), settings)) {
            ReaderDownloads.provide(instance.home(), work.resolve("maven"));
            Path scratch = Files.createDirectories(work.resolve("session"));
            ShellSession.Result result = ShellSession.run(examples.stream().filter(ShellExample::run).toList(), instance.home(),
                    Map.of(DocConvention.DOCUMENTED_URL, instance.url()), scratch, SESSION_TIMEOUT);
            problems.addAll(ExampleChecks.problems(result));
            assertThat(problems).as(file + " against a real instance (its log: " + work.resolve("instance/logs") + ")\n  "
                    + String.join("\n  ", problems)).isEmpty();
        }
    }

    private static String document(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("flowmason.docs", "../docs"), name), StandardCharsets.UTF_8);
    }

    private static List<String> names(Pattern pattern, String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
