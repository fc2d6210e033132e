package main

import "fmt"

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(posInf > 1e308, negInf < -1e308, posInf == posInf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(posInf-posInf, posInf*0, posInf+1, -posInf)
	fmt.Println(posInf*negInf, negInf*negInf, 1/posInf, -1/posInf)
	negZero := -zero
	fmt.Println(negZero, negZero == zero, 1/negZero)
	fmt.Println(zero*-1, 1/(zero*-1))
	var f32z float32
	f32inf := 1 / f32z
	fmt.Println(f32inf, -f32inf, f32z/f32z)
	big := 1e308
	fmt.Println(big*10, -big*10)
	small := 5e-324
	fmt.Println(small, small/2, small*0.5 == 0)
	x := nan
	if x != x {
		fmt.Println("x is NaN")
	}
	vals := []float64{3, nan, 1, posInf, negInf, 2}
	mx := negInf
	cnt := 0
	for _, v := range vals {
		if v > mx {
			mx = v
		}
		if v == v {
			cnt++
		}
	}
	fmt.Println(mx, cnt)
	fmt.Printf("%v %f %e %g\n", posInf, negInf, nan, posInf)
	fmt.Printf("%5.1f|%-6v|%+v\n", nan, posInf, posInf)
}
