# str.format / format spec error messages
cases = [("{", ()), ("}", ()), ("{0", (1,)), ("{0!}", (1,)), ("{0!x}", (1,)), ("{:abc}", (1,)), ("{:<<<}", (1,)), ("{:,s}", ("x",)),
         ("{:=}", ("x",)), ("{:+}", ("x",)), ("{:#}", ("x",)), ("{:0}", ("x",)) , ("{:.5d}", (1,)), ("{:c}", (-1,)), ("{:c}", (1.5,)),
         ("{1}", (1,)), ("{:d}", (1.5,)), ("{:x}", (1.5,)), ("{:,c}", (65,)), ("{a}", ()), ("{0[x}", ([1],)), ("{0.}", (1,)),
         ("{:%}", ("s",)), ("{:e}", ("s",)), ("{:_,}", (1,)), ("{:,_}", (1,)), ("{:.}", (1.5,))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, TypeError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
