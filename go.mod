module github.com/sipcodes/sipcodes

go 1.26.8

require (
	github.com/maxence-charriere/go-app/v9 v9.8.0
	golang.org/x/net v0.62.0
)

require github.com/google/uuid v1.3.0 // indirect
