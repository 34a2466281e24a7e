package fr.relance.domain.letters;

import fr.relance.domain.Debtor;
import java.util.Locale;
import java.util.Set;

/**
 * The language a letter is written in. Every template exists in French and in English.
 * <p>
 * Choice for a debtor ({@link #forDebtor(Debtor)}): a debtor whose language is set to English gets English; a
 * debtor with a postal address in France (mainland, overseas departments and collectivities) or Monaco gets
 * French; any other country gets English, the common language of cross-border trade. The letter composer lets
 * the controller override the choice (a Belgian or Swiss debtor who reads French, for instance).
 */
public enum LetterLanguage {
    FR("fr", Locale.FRANCE),
    EN("en", Locale.UK);

    /** Addresses whose letters are written in French: France, its overseas territories with their own ISO code, Monaco. */
    static final Set<String> FRENCH_COUNTRIES = Set.of("FR", "MC", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF",
            "NC", "PF", "WF");

    private final String code;
    private final Locale locale;

    LetterLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "fr" or "en", as stored in letter_template.language. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static LetterLanguage ofCode(String code) {
        for (LetterLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown letter language: " + code);
    }

    public static LetterLanguage forDebtor(Debtor debtor) {
        if (EN.code.equalsIgnoreCase(debtor.language())) {
            return EN;
        }
        return FRENCH_COUNTRIES.contains(debtor.address().countryCode()) ? FR : EN;
    }
}
