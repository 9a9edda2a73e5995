// Package entity turns the names the tagger found into entities: mentions
// of the same person, place or organization grouped under their fullest
// name, with aliases, a type settled by majority, an ISO country code for
// countries and capitals, and a salience.
package entity
