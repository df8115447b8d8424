package org.dancu.results.seal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the province publishes for offline checks: the trust list and the status lists, as machines read them. */
@Component
public class PublishedLists {

    static final String STATUS_PATH = "/results/status/";

    private final ProvinceKeys keys;
    private final StatusLists statusLists;
    private final String issuer;

    PublishedLists(ProvinceKeys keys, StatusLists statusLists, SealProperties properties) {
        this.keys = keys;
        this.statusLists = statusLists;
        this.issuer = properties.issuer();
    }

    public TrustList trustList() {
        return new TrustList(issuer, Instant.now(), keys.all());
    }

    /** Every status list's credential by list id, each naming its own address on this server. */
    public Map<Integer, String> statusCredentials() {
        Map<Integer, String> credentials = new LinkedHashMap<>();
        for (int id : statusLists.ids()) {
            statusLists.list(id).ifPresent(list -> credentials.put(id, credential(list)));
        }
        return credentials;
    }

    public java.util.Optional<String> statusCredential(int listId) {
        return statusLists.list(listId).map(this::credential);
    }

    private String credential(StatusList list) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(STATUS_PATH + list.listId()).toUriString();
        return list.toCredentialJson(url, issuer);
    }
}
