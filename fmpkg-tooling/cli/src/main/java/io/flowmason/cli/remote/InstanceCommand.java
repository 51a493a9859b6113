package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that sends one request to the instance and shows the answer: as text for people, or
 * with {@code --json} as the instance answered it (nothing for an answer without a body).
 */
abstract class InstanceCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance;

    /** Sends the command's request; answers the instance's JSON once its status is the expected one. */
    abstract JsonNode request(InstanceClient client);

    /** Shows the answer to people; {@code client} may fetch what else the text needs. */
    abstract void print(JsonNode answer, InstanceClient client);

    /** The exit code once the answer is shown; a command may also fail here with what the answer says. */
    int exitCode(JsonNode answer) {
        return ExitCodes.OK;
    }

    @Override
    public Integer call() {
        InstanceClient client = instance.client();
        JsonNode answer = request(client);
        if (!instance.json()) {
            print(answer, client);
            instance.out().flush();
        } else if (!answer.isMissingNode()) {
            instance.printJson(answer);
        }
        return exitCode(answer);
    }
}
