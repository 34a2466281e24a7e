package fr.relance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupProbeTest {

    @Test
    void theProbeIsOffUnlessTheVariableAsksForIt() {
        assertThat(StartupProbe.requested(Map.of())).isFalse();
        assertThat(StartupProbe.requested(Map.of(StartupProbe.ENV_VARIABLE, "0"))).isFalse();
        assertThat(StartupProbe.requested(Map.of(StartupProbe.ENV_VARIABLE, "1"))).isTrue();
        assertThat(StartupProbe.requested(Map.of(StartupProbe.ENV_VARIABLE, "TRUE"))).isTrue();
        assertThat(StartupProbe.requested(Map.of(StartupProbe.ENV_VARIABLE, "stay"))).isTrue();
    }

    @Test
    void theAppClosesAfterReportingExceptWhenAskedToStay() {
        assertThat(StartupProbe.exitsAfterReport(Map.of(StartupProbe.ENV_VARIABLE, "1"))).isTrue();
        assertThat(StartupProbe.exitsAfterReport(Map.of(StartupProbe.ENV_VARIABLE, "stay"))).isFalse();
        assertThat(StartupProbe.exitsAfterReport(Map.of(StartupProbe.ENV_VARIABLE, "Stay"))).isFalse();
    }
}
