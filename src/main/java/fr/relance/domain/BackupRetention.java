package fr.relance.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last {@link #DAILY} days that have a backup, and the
 * newest of each of the last {@link #WEEKLY} weeks that have one (ISO weeks, Monday first, as in France). The two
 * rules add up: a backup kept as the last of its day may also be the last of its week. Days without a backup (a
 * weekend, a holiday) do not use up the allowance, so a machine off for two weeks still has seven days to go back
 * to. This is the "keep-daily / keep-weekly" rule of restic and borg.
 */
public final class BackupRetention {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRetention() {
    }

    /** The backups to delete, oldest first, under the 7 daily + 4 weekly rule. */
    public static <T> List<T> toDelete(Collection<T> backups, Function<T, LocalDateTime> takenAt) {
        return toDelete(backups, takenAt, DAILY, WEEKLY);
    }

    public static <T> List<T> toDelete(Collection<T> backups, Function<T, LocalDateTime> takenAt, int daily,
                                       int weekly) {
        if (daily < 1) {
            throw new IllegalArgumentException("At least the newest backup is kept: daily >= 1");
        }
        List<T> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(takenAt).reversed());
        Set<T> kept = new HashSet<>();
        kept.addAll(newestPer(newestFirst, takenAt, LocalDateTime::toLocalDate, daily));
        kept.addAll(newestPer(newestFirst, takenAt, BackupRetention::isoWeek, weekly));
        List<T> deleted = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            if (!kept.contains(newestFirst.get(i))) {
                deleted.add(newestFirst.get(i));
            }
        }
        return deleted;
    }

    private static <T, P> List<T> newestPer(List<T> newestFirst, Function<T, LocalDateTime> takenAt,
                                            Function<LocalDateTime, P> period, int periods) {
        Set<P> seen = new LinkedHashSet<>();
        List<T> kept = new ArrayList<>();
        for (T backup : newestFirst) {
            if (seen.size() == periods) {
                break;
            }
            if (seen.add(period.apply(takenAt.apply(backup)))) {
                kept.add(backup);
            }
        }
        return kept;
    }

    /** The ISO week a moment falls in, as "2026-W48". */
    static String isoWeek(LocalDateTime moment) {
        LocalDate day = moment.toLocalDate();
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
