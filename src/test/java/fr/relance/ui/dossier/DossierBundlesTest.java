package fr.relance.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.agency.AgencyOutcome;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.NextStepKind;
import fr.relance.domain.dossier.DossierItemCode;
import fr.relance.domain.dossier.ItemStatus;
import fr.relance.domain.dossier.TickSource;
import fr.relance.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence the dossier builds from an enum, or that its rules and services name, exists in both languages. */
class DossierBundlesTest {

    @Test
    void everyKeyTheDossierBuildsExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (DossierItemCode code : DossierItemCode.values()) {
            keys.add("dossier.item." + code.name());
        }
        for (ItemStatus status : ItemStatus.values()) {
            keys.add("dossier.status." + status.name());
        }
        for (TickSource how : TickSource.values()) {
            keys.add("dossier.how." + how.name());
        }
        for (AgencyReportStatus status : AgencyReportStatus.values()) {
            keys.add("agencyReport.status." + status.name());
        }
        for (AgencyOutcome outcome : AgencyOutcome.values()) {
            keys.add("dossier.outcome." + outcome.name());
        }
        for (NextStepKind kind : NextStepKind.values()) {
            keys.add("dossier.next." + kind.name());
        }
        // The sentences the domain, the store and the services name as literals.
        Pattern literal = Pattern.compile("\"((?:dossier|handover|agencyReport)\\.[a-zA-Z.]*[a-zA-Z])\"");
        for (String folder : new String[] {"domain/dossier", "domain/agency", "agency", "store"}) {
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fr/relance", folder))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = literal.matcher(Files.readString(source));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        keys.removeIf(key -> key.startsWith("dossier.sha256") || key.startsWith("dossier.file")
                || key.startsWith("dossier.bytes"));
        Messages french = new Messages(Locale.FRANCE);
        Messages english = new Messages(Locale.UK);
        assertThat(keys).hasSizeGreaterThan(60);
        assertThat(keys).allMatch(french::has).allMatch(english::has);
    }
}
