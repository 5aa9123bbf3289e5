/** Demo profile only: the agencies, users and fixed API tokens of a merged province. */
@org.jspecify.annotations.NullMarked
package vn.vientro.identity.demo;
