package org.dancu.payments.iso;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxPain00200110;

/**
 * The four ISO 20022 messages payments exchanges with the banks, each in the one version it speaks, with
 * pw-iso20022's typed model of it.
 */
public enum IsoMessageType {
    /** Customer credit transfer initiation: our payments out. */
    PAIN_001("pain.001", "pain.001.001.09", "CstmrCdtTrfInitn", MxPain00100109._classes),
    /** Customer payment status report: the bank accepts or rejects each payment. */
    PAIN_002("pain.002", "pain.002.001.10", "CstmrPmtStsRpt", MxPain00200110._classes),
    /** Bank-to-customer debit/credit notification: a booking or a return. */
    CAMT_054("camt.054", "camt.054.001.08", "BkToCstmrDbtCdtNtfctn", MxCamt05400108._classes),
    /** Bank-to-customer statement: the day's statement of the paying account. */
    CAMT_053("camt.053", "camt.053.001.08", "BkToCstmrStmt", MxCamt05300108._classes);

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    private final String code;
    private final String version;
    private final String rootElement;
    private final List<Class<?>> modelClasses;

    IsoMessageType(String code, String version, String rootElement, Class<?>[] modelClasses) {
        this.code = code;
        this.version = version;
        this.rootElement = rootElement;
        this.modelClasses = List.of(modelClasses);
    }

    /** As {@code payments.message.type} and {@code BankMessage.type} write it: {@code pain.001}. */
    public String code() {
        return code;
    }

    /** The full version: {@code pain.001.001.09}. */
    public String version() {
        return version;
    }

    /** The namespace of the message's {@code Document}. */
    public String namespace() {
        return NAMESPACE_PREFIX + version;
    }

    /** The one element under {@code Document}: {@code CstmrCdtTrfInitn} for pain.001. */
    public String rootElement() {
        return rootElement;
    }

    /** pw-iso20022's JAXB classes of the message. */
    Class<?>[] modelClasses() {
        return modelClasses.toArray(Class<?>[]::new);
    }

    /** The type of a code as {@link #code()} writes it; empty for any other. */
    public static Optional<IsoMessageType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
