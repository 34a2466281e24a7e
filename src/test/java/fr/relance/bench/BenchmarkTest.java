package fr.relance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The harness itself works (on a tiny ledger); what it measures is read from its output, never asserted. */
class BenchmarkTest {

    @Test
    void writesTheTableAsJson(@TempDir Path out) throws Exception {
        int exit = new CommandLine(new Benchmark()).execute("--invoices=300", "--debtors=30", "--runs=1",
                "--letters=4", "--dossier-attachments=5", "--out=" + out);
        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("benchmark-latest.json").toFile());
        assertThat(json.get("invoices").asInt()).isEqualTo(300);
        for (String key : new String[] {"generateMs", "insertMs", "agingMedianMs", "worklistMedianMs", "peakHeapMb", "dataFileMb"}) {
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(json.get("agingRows").asInt()).isPositive();
        for (String key : new String[] {"letterRenderMedianMs", "letterPreviewMedianMs", "letterBatchMs",
                "letterBatchPagesPerSecond"}) {
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(json.get("letterBatchPages").asInt()).isEqualTo(8);
        assertThat(json.get("dossierAttachmentPages").asInt()).isEqualTo(4 + 4 + 4 + 4 + 4);
        for (String key : new String[] {"dossierPdfMs", "dossierPdfPeakHeapMb", "dossierZipMs"}) {
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
    }
}
