package io.flowmason.cli;

import io.flowmason.cli.local.LocalCommands;
import io.flowmason.cli.remote.RemoteCommands;
import picocli.CommandLine;

/** The subcommands of {@code fm}, grouped by who they talk to. */
final class Commands {

    private Commands() {
    }

    static void register(CommandLine fm) {
        // Commands that work on a package on this machine (io.flowmason.cli.local).
        LocalCommands.register(fm);

        // Commands that talk to an instance over its HTTP API (io.flowmason.cli.remote).
        RemoteCommands.register(fm);
    }
}
