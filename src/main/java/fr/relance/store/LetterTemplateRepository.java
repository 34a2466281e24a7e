package fr.relance.store;

import static fr.relance.store.jooq.Tables.LETTER;
import static fr.relance.store.jooq.Tables.LETTER_TEMPLATE;
import static org.jooq.impl.DSL.max;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.TemplateKey;
import fr.relance.domain.letters.TemplateProblem;
import fr.relance.domain.letters.TemplateText;
import fr.relance.store.jooq.tables.records.LetterTemplateRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Letter templates, versioned (letter_template). A stored version is never updated nor deleted: saving an edited
 * text inserts the next version, so a letter made from an older version (letter.template_id) keeps pointing at
 * the text it was made with. The current version of a template is its highest active version.
 */
public final class LetterTemplateRepository {

    private final DSLContext dsl;

    public LetterTemplateRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The current version of every template, by kind, kind of debtor and language. */
    public List<LetterTemplate> current() {
        Map<TemplateKey, LetterTemplate> latest = new LinkedHashMap<>();
        dsl.selectFrom(LETTER_TEMPLATE).where(LETTER_TEMPLATE.ACTIVE.isTrue())
                .orderBy(LETTER_TEMPLATE.CODE, LETTER_TEMPLATE.DEBTOR_KIND, LETTER_TEMPLATE.LANGUAGE,
                        LETTER_TEMPLATE.VERSION)
                .forEach(r -> {
                    LetterTemplate template = toTemplate(r);
                    if (template != null) {
                        latest.put(template.key(), template);
                    }
                });
        return latest.values().stream()
                .sorted(Comparator.comparing((LetterTemplate t) -> t.kind().ordinal())
                        .thenComparing(t -> t.key().debtorKind().ordinal())
                        .thenComparing(t -> t.key().language().ordinal()))
                .toList();
    }

    public Optional<LetterTemplate> current(TemplateKey key) {
        return dsl.selectFrom(LETTER_TEMPLATE).where(keyIs(key)).and(LETTER_TEMPLATE.ACTIVE.isTrue())
                .orderBy(LETTER_TEMPLATE.VERSION.desc()).limit(1)
                .fetchOptional(LetterTemplateRepository::toTemplate);
    }

    public Optional<LetterTemplate> version(TemplateKey key, int version) {
        return dsl.selectFrom(LETTER_TEMPLATE).where(keyIs(key)).and(LETTER_TEMPLATE.VERSION.eq(version))
                .fetchOptional(LetterTemplateRepository::toTemplate);
    }

    public Optional<LetterTemplate> byId(long id) {
        return dsl.selectFrom(LETTER_TEMPLATE).where(LETTER_TEMPLATE.ID.eq(id))
                .fetchOptional(LetterTemplateRepository::toTemplate);
    }

    /** Every version of a template, newest first. */
    public List<LetterTemplate> history(TemplateKey key) {
        return dsl.selectFrom(LETTER_TEMPLATE).where(keyIs(key)).orderBy(LETTER_TEMPLATE.VERSION.desc())
                .fetch(LetterTemplateRepository::toTemplate);
    }

    /** How many stored letters were made from each version of the template, by letter_template.id. */
    public Map<Long, Integer> lettersPerVersion(TemplateKey key) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        dsl.select(LETTER.TEMPLATE_ID, org.jooq.impl.DSL.count()).from(LETTER)
                .join(LETTER_TEMPLATE).on(LETTER_TEMPLATE.ID.eq(LETTER.TEMPLATE_ID))
                .where(keyIs(key))
                .groupBy(LETTER.TEMPLATE_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /**
     * Stores the text as the next version of the template, the title carried over from the current version.
     *
     * @throws InvalidInputException naming each problem of the text ({@link TemplateProblem} keys, the field being
     *                               "subject" or "body"); nothing is written then
     */
    public LetterTemplate saveNewVersion(TemplateKey key, String title, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        for (TemplateText text : List.of(TemplateText.read(TemplateText.SUBJECT, subject, key.kind()),
                TemplateText.read(TemplateText.BODY, body, key.kind()))) {
            text.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.messageKey())));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        InvalidInputException.refuseIfAny(problems);
        String storedSubject = subject.strip();
        String storedBody = body.replace("\r\n", "\n").stripTrailing();
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Integer last = tx.select(max(LETTER_TEMPLATE.VERSION)).from(LETTER_TEMPLATE).where(keyIs(key))
                    .fetchOne(0, Integer.class);
            int next = last == null ? 1 : last + 1;
            return tx.insertInto(LETTER_TEMPLATE, LETTER_TEMPLATE.CODE, LETTER_TEMPLATE.LANGUAGE,
                            LETTER_TEMPLATE.DEBTOR_KIND, LETTER_TEMPLATE.VERSION, LETTER_TEMPLATE.TITLE,
                            LETTER_TEMPLATE.SUBJECT, LETTER_TEMPLATE.BODY, LETTER_TEMPLATE.ACTIVE)
                    .values(key.kind().name(), key.language().code(), key.debtorKind().name(), next, title.strip(),
                            storedSubject, storedBody, true)
                    .returningResult(LETTER_TEMPLATE.ID).fetchOne(LETTER_TEMPLATE.ID);
        });
        return byId(id).orElseThrow();
    }

    private static Condition keyIs(TemplateKey key) {
        return LETTER_TEMPLATE.CODE.eq(key.kind().name())
                .and(LETTER_TEMPLATE.LANGUAGE.eq(key.language().code()))
                .and(LETTER_TEMPLATE.DEBTOR_KIND.eq(key.debtorKind().name()));
    }

    /** A row whose code is not a letter kind (a template for another use) is skipped: null. */
    private static LetterTemplate toTemplate(LetterTemplateRecord r) {
        LetterKind kind;
        try {
            kind = LetterKind.valueOf(r.getCode());
        } catch (IllegalArgumentException e) {
            return null;
        }
        TemplateKey key = new TemplateKey(kind, DebtorKind.valueOf(r.getDebtorKind()),
                LetterLanguage.ofCode(r.getLanguage()));
        return new LetterTemplate(r.getId(), key, r.getVersion(), r.getTitle(), r.getSubject(), r.getBody(),
                Boolean.TRUE.equals(r.getActive()), r.getCreatedAt());
    }
}
