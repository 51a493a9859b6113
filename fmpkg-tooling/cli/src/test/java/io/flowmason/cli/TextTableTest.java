package io.flowmason.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String printed(TextTable table) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text), "nothing here");
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void alignsEachColumnToItsWidestCellAndLeavesTheLastUnpadded() {
        TextTable table = new TextTable("TYPE", "VERSION", "KIND")
                .row("sample_greeter", "1.0.0", "operator")
                .row("echo", "10.2.0", "node");

        assertThat(printed(table)).isEqualTo("""
                TYPE            VERSION  KIND
                sample_greeter  1.0.0    operator
                echo            10.2.0   node
                """);
    }

    @Test
    void showsAbsentAndEmptyCellsAsADash() {
        assertThat(printed(new TextTable("A", "B", "C").row(null, "", 3))).endsWith("-  -  3\n");
    }

    @Test
    void saysTheSentenceInsteadOfAHeaderWhenThereAreNoRows() {
        assertThat(printed(new TextTable("ID", "NAME"))).isEqualTo("nothing here\n");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
