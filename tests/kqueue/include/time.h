/* time.h for the kqueue compile check: see nd_bsd_abi.h. */
#include "nd_bsd_abi.h"
