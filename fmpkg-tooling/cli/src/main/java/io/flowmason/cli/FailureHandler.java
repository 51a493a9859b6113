package io.flowmason.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a {@link CliFailure} as {@code fm: <message>} and exits with its code; anything else is a bug and keeps its trace. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (failure instanceof CliFailure cliFailure) {
            commandLine.getErr().println("fm: " + cliFailure.getMessage());
            commandLine.getErr().flush();
            return cliFailure.exitCode();
        }
        throw failure;
    }
}
