package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BackupRetentionTest {

    /** "2026-11-23T09:00" ... */
    private static List<LocalDateTime> moments(String... texts) {
        return Arrays.stream(texts).map(LocalDateTime::parse).toList();
    }

    private static List<LocalDateTime> kept(List<LocalDateTime> all) {
        List<LocalDateTime> kept = new ArrayList<>(all);
        kept.removeAll(BackupRetention.toDelete(all, Function.identity()));
        return kept.stream().sorted().toList();
    }

    /** One backup a day at 09:00, from {@code first} for {@code days} days. */
    private static List<LocalDateTime> daily(String first, int days) {
        LocalDateTime start = LocalDate.parse(first).atTime(9, 0);
        return Stream.iterate(start, d -> d.plusDays(1)).limit(days).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing to prune", List.of(), List.of()),
                Arguments.of("one backup stays", moments("2026-11-23T09:00"), moments("2026-11-23T09:00")),
                Arguments.of("several the same day: the newest of the day stays",
                        moments("2026-11-23T09:00", "2026-11-23T12:30", "2026-11-23T18:05"),
                        moments("2026-11-23T18:05")),
                Arguments.of("seven days, all kept", daily("2026-11-17", 7), daily("2026-11-17", 7)),
                // Thursday 2026-10-01 to Monday 2026-11-23 (54 days). Daily: 17 to 23 November. Weekly (Monday
                // first): the newest of the weeks of 23/11 (23/11), 16/11 (22/11), 9/11 (15/11), 2/11 (8/11).
                Arguments.of("54 days: 7 daily + the Sundays of the 3 weeks before",
                        daily("2026-10-01", 54),
                        moments("2026-11-08T09:00", "2026-11-15T09:00", "2026-11-17T09:00", "2026-11-18T09:00",
                                "2026-11-19T09:00", "2026-11-20T09:00", "2026-11-21T09:00", "2026-11-22T09:00",
                                "2026-11-23T09:00")),
                // The machine was off for a month: the days without a backup do not use up the allowance.
                Arguments.of("a month off: the 7 days with backups stay, gaps do not count",
                        moments("2026-09-01T09:00", "2026-09-02T09:00", "2026-09-03T09:00", "2026-09-04T09:00",
                                "2026-10-05T09:00", "2026-10-06T09:00", "2026-10-07T09:00", "2026-10-08T09:00"),
                        moments("2026-09-02T09:00", "2026-09-03T09:00", "2026-09-04T09:00", "2026-10-05T09:00",
                                "2026-10-06T09:00", "2026-10-07T09:00", "2026-10-08T09:00")),
                // ISO weeks across a new year: 2026-12-28 (Monday) to 2027-01-03 is week 53 of 2026.
                Arguments.of("weeks across the new year (ISO week 53)",
                        moments("2026-12-01T10:00", "2026-12-08T10:00", "2026-12-15T10:00", "2026-12-22T10:00",
                                "2026-12-29T10:00", "2027-01-03T10:00", "2027-01-05T10:00"),
                        moments("2026-12-01T10:00", "2026-12-08T10:00", "2026-12-15T10:00", "2026-12-22T10:00",
                                "2026-12-29T10:00", "2027-01-03T10:00", "2027-01-05T10:00")),
                Arguments.of("in the ISO week 53, only the newest of the week is kept once daily runs out",
                        concat(daily("2026-12-28", 7), daily("2027-01-04", 7)),
                        concat(moments("2027-01-03T09:00"), daily("2027-01-04", 7))));
    }

    private static List<LocalDateTime> concat(List<LocalDateTime> a, List<LocalDateTime> b) {
        List<LocalDateTime> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsSevenDailyAndFourWeekly(String name, List<LocalDateTime> backups, List<LocalDateTime> expected) {
        assertThat(kept(backups)).containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0} backups a day over {1} days keep {2}")
    @CsvSource({
            "1, 1, 1",
            "1, 7, 7",
            "1, 8, 7",      // the 8th day back falls in a week that already has a newer backup kept
            // 7 daily (23 back to 17 November) + the Sundays 15 and 8 November: the weeks of 23 and 16 November
            // are already covered by daily ones. Never more than 7 + 4 files, however long the history.
            "3, 30, 9",
            "1, 365, 9",
    })
    void theNumberKeptIsBounded(int perDay, int days, int expected) {
        List<LocalDateTime> all = new ArrayList<>();
        // Ends on Monday 2026-11-23, so the first week holds one day only.
        LocalDateTime last = LocalDateTime.parse("2026-11-23T18:00");
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                all.add(last.minusDays(d).minusHours(3L * i));
            }
        }
        assertThat(kept(all)).hasSize(expected);
        assertThat(kept(all)).contains(last); // the newest is always kept
    }

    @ParameterizedTest(name = "newest {0}, today {1}: start-up backup {2}")
    @CsvSource({
            ",                 2026-11-23, true",
            "2026-11-22T18:00, 2026-11-23, true",
            "2026-11-23T08:00, 2026-11-23, false",
            "2026-11-24T08:00, 2026-11-23, false",  // a clock set back: no backup storm
    })
    void aStartUpBackupOncePerDay(String newest, String today, boolean due) {
        Optional<LocalDateTime> newestBackup = Optional.ofNullable(newest).map(LocalDateTime::parse);
        assertThat(BackupSchedule.dueAtStartup(newestBackup, LocalDate.parse(today))).isEqualTo(due);
    }

    @ParameterizedTest(name = "newest {0}, today {1}, changed {2}: backup while open {3}")
    @CsvSource({
            "2026-11-22T09:00, 2026-11-23, true,  true",
            "2026-11-22T09:00, 2026-11-23, false, false",
            "2026-11-23T09:00, 2026-11-23, true,  false",
    })
    void whileOpenOverMidnightOnlyAfterChanges(String newest, String today, boolean changed, boolean due) {
        assertThat(BackupSchedule.dueWhileOpen(Optional.of(LocalDateTime.parse(newest)), LocalDate.parse(today),
                changed)).isEqualTo(due);
        assertThat(BackupSchedule.dueAtClose(changed)).isEqualTo(changed);
    }
}
