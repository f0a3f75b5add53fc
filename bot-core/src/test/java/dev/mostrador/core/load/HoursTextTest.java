package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class HoursTextTest {
    @Test
    void dayKeysRangesListsSpanishAndWrapping() {
        assertThat(HoursText.days("mon-fri").value()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(HoursText.days("sat, sun").value()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(HoursText.days("lun-mie").value()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(HoursText.days("Sábado").value()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(HoursText.days("fri-mon").value()).containsExactlyInAnyOrder(
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(HoursText.days("mon-").error()).isEqualTo("'mon-' is not a day or a range of days");
        assertThat(HoursText.days("mon-funday").error()).isEqualTo("unknown day 'funday'");
        assertThat(HoursText.days("mon-tue-wed").error()).isEqualTo("'mon-tue-wed' is not a day or a range of days");
    }

    @Test
    void rangesClosedSeveralAndMidnight() {
        assertThat(HoursText.ranges("closed").value()).isEmpty();
        assertThat(HoursText.ranges("Cerrado").value()).isEmpty();
        assertThat(HoursText.ranges("8:00 - 12:30, 14:00-24:00").value()).containsExactly(
                new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 30)), new TimeRange(LocalTime.of(14, 0), LocalTime.MAX));
        assertThat(HoursText.ranges("08:00–18:00").value()).hasSize(1); // an en dash pasted from a word processor
    }

    @Test
    void badRangesSayWhy() {
        assertThat(HoursText.ranges("25:00-26:00").error()).isEqualTo("\"25:00-26:00\" has an impossible time");
        assertThat(HoursText.ranges("12:00-12:00").error()).isEqualTo("range 12:00-12:00 ends before it starts");
        assertThat(HoursText.ranges("08:00-13:00, 12:00-18:00").error()).isEqualTo("ranges 08:00-13:00 and 12:00-18:00 overlap");
        assertThat(HoursText.ranges("de 8 a 6").error()).isEqualTo("\"de 8 a 6\" is not a time range");
        assertThat(HoursText.ranges("00:00-24:00").failed()).isFalse();
    }
}
