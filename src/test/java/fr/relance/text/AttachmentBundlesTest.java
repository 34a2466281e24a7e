package fr.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.AttachmentRefusedException;
import fr.relance.domain.agency.AgencyRules;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.store.AgencyRepository;
import fr.relance.ui.agencies.AgenciesViewModel;
import fr.relance.ui.agencies.AgencyTexts;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key the attachments and the agency directory build from an enum, a field or a rule has its sentences. */
class AttachmentBundlesTest {

    @Test
    void everyBuiltKeyExistsInBothLanguages() {
        Set<String> keys = new TreeSet<>();
        for (DocumentKind kind : DocumentKind.values()) {
            keys.add("document.kind." + kind.name());
        }
        for (AttachmentRefusedException.Reason reason : AttachmentRefusedException.Reason.values()) {
            keys.add(new AttachmentRefusedException(reason, "x").messageKey());
        }
        keys.addAll(AgencyTexts.warningKeys());
        for (String field : AgenciesViewModel.FIELDS) {
            keys.add("agency.field." + field);
        }
        keys.addAll(Set.of("agency.field.agreementSignedOn", AttachmentDetails.KIND_REQUIRED,
                AttachmentDetails.KIND_NOT_ATTACHABLE, AttachmentDetails.DATE_AFTER_TODAY,
                AttachmentDetails.NOTE_TOO_LONG, AgencyRules.FEE_REQUIRED, AgencyRules.PERCENT_INVALID,
                AgencyRules.AMOUNT_INVALID, AgencyRules.SIGNED_AFTER_TODAY, AgencyRules.TOO_LONG,
                AgencyRepository.NAME_TAKEN, AgencyRepository.IN_USE, "agency.maxShare.invalid",
                "document.withdraw.reasonRequired", "document.withdraw.notAllowed", "document.preview.office",
                "document.preview.imageUnreadable", "document.preview.mailUnreadable", "document.preview.none"));
        Messages french = new Messages(Locale.FRANCE);
        Messages english = new Messages(Locale.UK);
        assertThat(keys).allMatch(french::has).allMatch(english::has);
    }

    @Test
    void refusalsReadNaturally() {
        Messages french = new Messages(Locale.FRANCE);
        assertThat(french.get("document.error.tooLarge", "scan.pdf", new Formats(Locale.FRANCE).fileSize(209_715_200)))
                .startsWith("Le fichier « scan.pdf » pèse 200,0\u00A0Mo : une pièce fait au plus 100 Mo.");
        assertThat(new Messages(Locale.UK).get("agency.warning.BELOW_MINIMUM_CLAIM", "500.00 €"))
                .isEqualTo("Balance below the agency’s minimum claim (500.00 €)");
        assertThat(french.get("document.form.pages", 1)).isEqualTo("1 page");
        assertThat(french.get("document.form.pages", 3)).isEqualTo("3 pages");
    }

    @Test
    void fileSizesReadAsAFileManagerShowsThem() {
        Formats french = new Formats(Locale.FRANCE);
        assertThat(french.fileSize(0)).isEqualTo("0 octet");
        assertThat(french.fileSize(812)).isEqualTo("812 octets");
        assertThat(french.fileSize(46_285)).isEqualTo("45,2\u00A0ko");
        assertThat(french.fileSize(12_897_485)).isEqualTo("12,3\u00A0Mo");
        assertThat(new Formats(Locale.UK).fileSize(12_897_485)).isEqualTo("12.3\u00A0MB");
    }
}
