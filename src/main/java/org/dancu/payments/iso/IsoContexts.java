package org.dancu.payments.iso;

import java.util.EnumMap;
import java.util.Map;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** One JAXB context per message type, built on first use (building one takes a second or so). */
final class IsoContexts {

    private static final Map<IsoMessageType, JAXBContext> CONTEXTS = new EnumMap<>(IsoMessageType.class);

    private IsoContexts() {
    }

    static synchronized JAXBContext of(IsoMessageType type) {
        return CONTEXTS.computeIfAbsent(type, IsoContexts::create);
    }

    private static JAXBContext create(IsoMessageType type) {
        try {
            return JAXBContext.newInstance(type.modelClasses());
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot read the model of " + type.version(), e);
        }
    }
}
