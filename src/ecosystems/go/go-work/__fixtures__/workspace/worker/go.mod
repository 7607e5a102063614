module example.com/worker

go 1.23.0

require (
	example.com/shared v0.1.0
	golang.org/x/text v0.14.0 // indirect
)
