package io.flowmason.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.cli.ExitCodes;
import io.flowmason.cli.Fm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What fm's instance commands make of their arguments before (or instead of) sending anything. */
class RemoteArgumentsTest {

    /** An address no test here gets as far as connecting to: each fails on its arguments first. */
    private static final String NOWHERE = "--instance=http://127.0.0.1:9";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fm(String... args) {
        CommandLine fm = Fm.commandLine();
        fm.setOut(new PrintWriter(out));
        fm.setErr(new PrintWriter(err));
        return fm.execute(args);
    }

    @Test
    void helpListsTheInstanceCommands() {
        assertThat(fm("--help")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("deploy", "pipeline", "runs", "keys", "packages");
    }

    @Test
    void everyInstanceCommandTakesTheCommonOptions() {
        for (String[] command : new String[][] {{"deploy"}, {"pipeline", "run"}, {"runs", "trace"}, {"keys", "create"},
            {"packages", "remove"}}) {
            StringWriter help = new StringWriter();
            CommandLine fm = Fm.commandLine();
            fm.setOut(new PrintWriter(help));
            String[] args = Stream.concat(Arrays.stream(command), Stream.of("--help")).toArray(String[]::new);

            assertThat(fm.execute(args)).isEqualTo(ExitCodes.OK);
            assertThat(help.toString()).as(String.join(" ", command)).contains("--instance=URL", "--api-key=KEY", "--json");
        }
    }

    @Test
    void withoutAKeyNothingIsSentAndTheMessageSaysWhereToFindOne() {
        assertThat(fm("pipeline", "list", NOWHERE, "--api-key=")).isEqualTo(ExitCodes.UNAUTHORIZED);

        assertThat(err.toString()).startsWith("fm: no API key: pass --api-key or set FLOWMASON_API_KEY");
    }

    @Test
    void anInstanceAddressThatIsNoHttpUrlIsAUsageError() {
        assertThat(fm("packages", "list", "--instance=127.0.0.1:8080", "--api-key=k")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).contains("'127.0.0.1:8080' is not an instance address", "http://host:port");
    }

    @Test
    void anUnknownEnvironmentIsAUsageErrorNamingTheThree() {
        assertThat(fm("deploy", "p.fmpkg", "--env", "prod", NOWHERE, "--api-key=k")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).contains("'prod' is not an environment; use one of test, staging, production.");
    }

    @Test
    void aPackageFileThatIsNotThereIsAUsageError() {
        assertThat(fm("deploy", "missing-1.0.0.fmpkg", NOWHERE, "--api-key=k")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).contains("no readable package file at missing-1.0.0.fmpkg");
    }

    @Test
    void aRunTakesItsInputFromAFileOrFromTextButNotBoth() {
        assertThat(fm("pipeline", "run", "p", "--input", "in.json", "-i", "{}", NOWHERE, "--api-key=k")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("mutually exclusive");

        assertThat(fm("pipeline", "run", "p", "--input", "absent.json", NOWHERE, "--api-key=k")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no input file at absent.json");
    }

    @Test
    void aNewKeyIsAskedForWithTheApiFieldsGivenAndNoOthers() {
        KeysCommand.CreateKey create = new KeysCommand.CreateKey();
        new CommandLine(create).parseArgs("--name", "ci", "--permission", "pipelines:execute,pipelines:read",
                "--pipeline", "support-triage", "--rate-limit-per-minute", "10", "--monthly-usd-budget", "2.50");

        assertThat(create.request().toString()).isEqualTo("{\"name\":\"ci\",\"permissions\":[\"pipelines:execute\",\"pipelines:read\"],"
                + "\"pipelines\":[\"support-triage\"],\"rate_limit_per_minute\":10,\"monthly_usd_budget\":2.50}");
    }

    @Test
    void theInstanceAddressLosesItsTrailingSlash() {
        assertThat(InstanceOptions.baseUrl(" https://flowmason.example.com:8443/ ").toString())
                .isEqualTo("https://flowmason.example.com:8443");
    }
}
