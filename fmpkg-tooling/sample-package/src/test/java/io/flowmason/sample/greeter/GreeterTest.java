package io.flowmason.sample.greeter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreeterTest {

    private final Greeter greeter = new Greeter();

    @Test
    void greetsEachNameInOrderInTheChosenLanguage() {
        Greeter.Output output = greeter.execute(new Greeter.Input(List.of("Ada", "Linus"), Greeter.Language.FRENCH, 2), null);
        assertThat(output.greetings()).containsExactly("Bonjour, Ada!!", "Bonjour, Linus!!");
    }

    @Test
    void fallsBackToEnglishAndOneMarkWhenLeftOut() {
        assertThat(greeter.execute(new Greeter.Input(List.of("Grace"), null, null), null).greetings())
                .containsExactly("Hello, Grace!");
    }
}
