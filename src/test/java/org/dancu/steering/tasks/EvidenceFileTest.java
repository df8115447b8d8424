package org.dancu.steering.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EvidenceFileTest {

    private static final byte[] PDF = "%PDF-1.7 minutes".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsAcceptedWithItsTypeFromTheContent() {
        EvidenceFile file = EvidenceFile.check("biên bản.pdf", PDF, 1000);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("biên bản.pdf");
    }

    @Test
    void aScriptRenamedAsPdfIsRefused() {
        assertThatThrownBy(() -> EvidenceFile.check("x.pdf", "<script>".getBytes(StandardCharsets.US_ASCII), 1000))
                .isInstanceOf(InvalidTaskException.class).hasMessage("steering.evidence.bad-type");
    }

    @Test
    void tooLargeEmptyAndPathNamesAreHandled() {
        assertThatThrownBy(() -> EvidenceFile.check("a.pdf", PDF, 4)).hasMessage("steering.evidence.too-large");
        assertThatThrownBy(() -> EvidenceFile.check("a.pdf", new byte[0], 4)).hasMessage("steering.evidence.empty");
        assertThat(EvidenceFile.check("../../etc/a.pdf", PDF, 1000).fileName()).doesNotContain("/");
    }
}
