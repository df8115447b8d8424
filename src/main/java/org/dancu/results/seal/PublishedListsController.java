package org.dancu.results.seal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public, login-free side of the seal: the trust list, the status lists, and the offline verifier page, which
 * carries both lists inside it so that it checks QR texts with no network once loaded.
 */
@Controller
class PublishedListsController {

    private final PublishedLists published;

    PublishedListsController(PublishedLists published) {
        this.published = published;
    }

    @GetMapping(path = "/results/trust-list", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> trustList() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(published.trustList().toJson());
    }

    @GetMapping(path = PublishedLists.STATUS_PATH + "{list}")
    ResponseEntity<String> statusList(@PathVariable String list) {
        if (!list.matches("\\d{1,6}")) {
            return ResponseEntity.notFound().build();
        }
        return published.statusCredential(Integer.parseInt(list))
                .map(json -> ResponseEntity.ok().contentType(MediaType.valueOf("application/vc+json"))
                        .cacheControl(CacheControl.noCache()).body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/results/verify")
    String verifier(Model model) {
        TrustList trust = published.trustList();
        model.addAttribute("trustList", trust.toJson());
        model.addAttribute("loadedAt", trust.published());
        model.addAttribute("statusLists", published.statusCredentials().values());
        return "results/verify";
    }
}
