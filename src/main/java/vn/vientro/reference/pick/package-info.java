/** What the forms' pickers offer as an official types: sectors as a tree, communes by name, old codes mapped. */
@org.jspecify.annotations.NullMarked
package vn.vientro.reference.pick;
