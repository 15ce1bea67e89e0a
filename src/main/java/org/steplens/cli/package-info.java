/** Headless commands (DESIGN.md section 4); each subcommand is a thin shell over the core. */
package org.steplens.cli;
