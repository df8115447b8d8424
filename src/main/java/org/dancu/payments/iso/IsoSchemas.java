package org.dancu.payments.iso;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Result;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.SchemaOutputResolver;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The XML schemas of the four messages, generated once each from pw-iso20022's JAXB classes (the library
 * ships no XSD). JAXB puts the message's types in a schema without a namespace; the real messages are
 * qualified in the message's namespace, so the generated types are moved into it (elements qualified)
 * beside the {@code Document} element. The facets JAXB cannot know are added for the identifiers the
 * banks match on: {@code Max35Text} for message, instruction and end-to-end ids, {@code Max15NumericText}
 * for the counts, and a three-letter currency code.
 */
final class IsoSchemas {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Set<String> MAX_35_TEXT = Set.of("MsgId", "PmtInfId", "InstrId", "EndToEndId", "OrgnlMsgId",
            "OrgnlPmtInfId", "OrgnlInstrId", "OrgnlEndToEndId");
    private static final Set<String> MAX_15_NUMERIC = Set.of("NbOfTxs", "OrgnlNbOfTxs", "NbOfNtries");

    private final Map<IsoMessageType, Schema> schemas = new EnumMap<>(IsoMessageType.class);

    synchronized Schema of(IsoMessageType type) {
        return schemas.computeIfAbsent(type, IsoSchemas::generate);
    }

    private static Schema generate(IsoMessageType type) {
        try {
            Document schema = qualified(generatedTypes(type), type.namespace());
            SchemaFactory factory = SchemaFactory.newInstance(XS);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new DOMSource(schema));
        } catch (JAXBException | IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot build the schema of " + type.version(), e);
        }
    }

    /** The schema JAXB writes for the message's classes without a namespace: every type, none qualified. */
    private static Document generatedTypes(IsoMessageType type)
            throws JAXBException, IOException, SAXException, ParserConfigurationException {
        List<StringWriter> written = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        IsoContexts.of(type).generateSchema(new SchemaOutputResolver() {
            @Override
            public Result createOutput(String namespaceUri, String suggestedFileName) {
                StringWriter out = new StringWriter();
                written.add(out);
                namespaces.add(namespaceUri);
                StreamResult result = new StreamResult(out);
                result.setSystemId(suggestedFileName);
                return result;
            }
        });
        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        builders.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return builders.newDocumentBuilder()
                .parse(new InputSource(new StringReader(written.get(namespaces.indexOf("")).toString())));
    }

    private static Document qualified(Document schema, String namespace) {
        Element root = schema.getDocumentElement();
        root.setAttribute("targetNamespace", namespace);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", namespace);
        root.setAttribute("elementFormDefault", "qualified");
        Element document = schema.createElementNS(XS, "xs:element");
        document.setAttribute("name", "Document");
        document.setAttribute("type", "Document");
        root.insertBefore(document, root.getFirstChild());
        restrict(schema, "element", MAX_35_TEXT, "Max35Text");
        restrict(schema, "element", MAX_15_NUMERIC, "Max15NumericText");
        restrict(schema, "attribute", Set.of("Ccy"), "ActiveOrHistoricCurrencyCode");
        root.appendChild(simpleType(schema, "Max35Text", "minLength", "1", "maxLength", "35"));
        root.appendChild(simpleType(schema, "Max15NumericText", "pattern", "[0-9]{1,15}"));
        root.appendChild(simpleType(schema, "ActiveOrHistoricCurrencyCode", "pattern", "[A-Z]{3,3}"));
        return schema;
    }

    private static void restrict(Document schema, String kind, Set<String> names, String simpleType) {
        NodeList nodes = schema.getElementsByTagNameNS(XS, kind);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            if (names.contains(node.getAttribute("name")) && "xs:string".equals(node.getAttribute("type"))) {
                node.setAttribute("type", simpleType);
            }
        }
    }

    private static Element simpleType(Document schema, String name, String... facets) {
        Element type = schema.createElementNS(XS, "xs:simpleType");
        type.setAttribute("name", name);
        Element restriction = schema.createElementNS(XS, "xs:restriction");
        restriction.setAttribute("base", "xs:string");
        for (int i = 0; i < facets.length; i += 2) {
            Element facet = schema.createElementNS(XS, "xs:" + facets[i]);
            facet.setAttribute("value", facets[i + 1]);
            restriction.appendChild(facet);
        }
        type.appendChild(restriction);
        return type;
    }
}
