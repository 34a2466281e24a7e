package fr.relance.store;

import static fr.relance.store.jooq.Tables.APP_SETTING;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/** Small named settings (import presets, envelope offsets, ...), one text value each. */
public final class AppSettingsRepository {

    private final DSLContext dsl;

    public AppSettingsRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        dsl.mergeInto(APP_SETTING).using(dsl.selectOne()).on(APP_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }

    /** Writes every setting given in one transaction: all of them or none. */
    public void putAll(Map<String, String> values) {
        dsl.transaction(cfg -> values.forEach((name, value) -> cfg.dsl().mergeInto(APP_SETTING)
                .using(cfg.dsl().selectOne()).on(APP_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).values(name, value)
                .execute()));
    }

    /** Every setting whose name starts with {@code prefix}, by name. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        dsl.select(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.NAME.startsWith(prefix))
                .forEach(r -> found.put(r.value1(), r.value2()));
        return found;
    }
}
