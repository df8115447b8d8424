package org.dancu.results.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dancu.cluster.ChangeSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The copy of the trust list that {@code ./dancu verify-result} reads by default names the keys the server publishes. */
@SpringBootTest
@AutoConfigureMockMvc
class TrustListFileTest {

    @Autowired PublishedLists published;
    @Autowired ProvinceKeys keys;
    @Autowired ChangeSignals signals;

    @Test
    void theCopyHoldsThePublishedListWithTheNewKeyAfterARotation(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("data").resolve("results-trust-list.json");
        TrustListFile copy = new TrustListFile(published,
                new SealProperties("", "", true, "VN-011", file.toString()), signals);

        ProvinceKey next = keys.rotate();
        copy.write();

        TrustList written = TrustList.fromJson(Files.readString(file));
        assertThat(written.keys()).extracting(ProvinceKey::keyId).contains(next.keyId());
        assertThat(written.keys()).extracting(ProvinceKey::keyId)
                .containsExactlyInAnyOrderElementsOf(keys.all().stream().map(ProvinceKey::keyId).toList());
    }
}
