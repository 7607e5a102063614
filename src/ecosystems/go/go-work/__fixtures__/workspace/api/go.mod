module example.com/api

go 1.22

require (
	example.com/shared v0.1.0
	github.com/google/uuid v1.6.0
	golang.org/x/text v0.14.0
)

// Overridden by the go.work replace of the same module.
replace github.com/google/uuid => github.com/other/uuid v1.5.0
