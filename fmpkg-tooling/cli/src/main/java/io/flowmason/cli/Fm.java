package io.flowmason.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fm} command: the component developer's tool for packages and for an instance's
 * pipelines, runs, keys and packages. Exit codes are those of {@link ExitCodes}.
 */
@Command(name = "fm",
        mixinStandardHelpOptions = true,
        versionProvider = FmVersion.class,
        description = "FlowMason command line: build, check, test and deploy component packages; manage an instance.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the command failed (the instance refused the request, a check found problems, a test failed)",
            "2:wrong usage (unknown option, missing argument)",
            "3:the instance could not be reached",
            "4:the API key is missing, unknown or lacks the permission",
            "5:the instance runs in another environment than --env says"})
public final class Fm {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree; tests run it in-process with their own output streams. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Fm());
        Commands.register(commandLine);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }
}
