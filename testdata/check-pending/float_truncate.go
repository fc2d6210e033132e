package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1\\.5 \\(untyped float constant\\) as int value in variable declaration \\(truncated\\)"
	var j int
	j = 2.7 // ERROR "cannot use 2\\.7 \\(untyped float constant\\) as int value in assignment \\(truncated\\)"
	var k int64 = 1e100 // ERROR "cannot use 1e100 \\(untyped float constant 1e\\+100\\) as int64 value in variable declaration \\(truncated\\)"
	var u uint8 = 256.0 // ERROR "cannot use 256\\.0 \\(untyped float constant 256\\) as uint8 value in variable declaration \\(truncated\\)"
	var ok int = 2.0
	var b byte = 'a' + 0.5 // ERROR "cannot use 'a' \\+ 0\\.5 \\(untyped float constant 97\\.5\\) as byte value in variable declaration \\(truncated\\)"
	const half = 0.5
	var h int = half // ERROR "cannot use half \\(untyped float constant 0\\.5\\) as int value in variable declaration \\(truncated\\)"
	_, _, _, _, _, _, _ = i, j, k, u, ok, b, h
}
