/**
 * The staff web application's frame: layout, navigation, language (Vietnamese by default, English
 * on request), the home page and the translated error responses shared by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.dancu.web;
