package org.dancu.audit.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * The actions the auditor's filter offers by name: every action the audit bundle gives a label
 * ({@code audit.action.<code>}), in code order so that each module's actions stay together. The
 * labels are the list, so an action that gets a name also becomes a choice.
 */
@Component
class ActionChoices {

    static final String LABEL_PREFIX = "audit.action.";

    private final List<String> codes;

    ActionChoices() {
        try {
            Properties labels = PropertiesLoaderUtils.loadAllProperties("i18n/audit_vi.properties");
            codes = labels.stringPropertyNames().stream().filter(key -> key.startsWith(LABEL_PREFIX))
                    .map(key -> key.substring(LABEL_PREFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit action labels", e);
        }
    }

    List<String> codes() {
        return codes;
    }
}
