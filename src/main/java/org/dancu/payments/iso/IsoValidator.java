package org.dancu.payments.iso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Checks an ISO 20022 message against its schema before anything of it is read or after it is written:
 * the one validator of the four messages (docs/payments.md, "Cycles and pain.001 files"). It reads the
 * message as a stream, so a file of 650,000 payments is never held in memory; a document type
 * declaration is refused (no entities, nothing fetched).
 */
@Component
public class IsoValidator {

    private final IsoSchemas schemas = new IsoSchemas();

    /**
     * @throws IsoSchemaException when the message is not well-formed XML, not this type's {@code Document}
     *                            or does not follow its schema
     */
    public void validate(IsoMessageType type, InputStream message) {
        Validator validator = schemas.of(type).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new SAXSource(reader(), new InputSource(message)));
        } catch (SAXParseException e) {
            throw new IsoSchemaException(type, e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            throw new IsoSchemaException(type, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void validate(IsoMessageType type, byte[] message) {
        validate(type, new ByteArrayInputStream(message));
    }

    public void validate(IsoMessageType type, Path message) {
        try (InputStream in = Files.newInputStream(message)) {
            validate(type, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XMLReader reader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
