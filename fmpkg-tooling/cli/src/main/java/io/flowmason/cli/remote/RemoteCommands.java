package io.flowmason.cli.remote;

import picocli.CommandLine;

/** The commands that talk to an instance over its HTTP API. */
public final class RemoteCommands {

    private RemoteCommands() {
    }

    public static void register(CommandLine fm) {
        fm.addSubcommand(new DeployCommand());
        fm.addSubcommand(new PipelineCommand());
        fm.addSubcommand(new RunsCommand());
        fm.addSubcommand(new KeysCommand());
        fm.addSubcommand(new PackagesCommand());
    }
}
