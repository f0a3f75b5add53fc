package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.TimeRange;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoodFolderTest {
    @TempDir
    Path tmp;

    private BusinessFolder full() throws Exception {
        Path dir = Fixtures.copy("good-full", tmp);
        Fixtures.writePdf(dir.resolve("docs/carta-vinos.pdf"), "Vinos de la casa", "Tinto y blanco por copa.");
        try {
            return BusinessLoader.load(dir);
        } catch (InvalidBusinessException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void goodFullLoadsHours() throws Exception {
        var hours = full().business().hours();
        assertThat(hours.weekly().get(DayOfWeek.MONDAY)).containsExactly(
                new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)), new TimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(hours.weekly().get(DayOfWeek.FRIDAY)).hasSize(2);
        assertThat(hours.weekly().get(DayOfWeek.SATURDAY)).containsExactly(new TimeRange(LocalTime.of(9, 0), LocalTime.MAX));
        assertThat(hours.weekly().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.rangesOn(LocalDate.of(2026, 12, 25))).isEmpty();
        assertThat(hours.rangesOn(LocalDate.of(2026, 12, 24))).containsExactly(new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
    }
}
