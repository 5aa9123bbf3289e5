/**
 * Spreadsheet import of organisations: template, reading and checking every row, then importing the valid rows in
 * one transaction as a background job the page follows.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.registry.importing;
