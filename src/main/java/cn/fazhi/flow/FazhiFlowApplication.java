package cn.fazhi.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FazhiFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(FazhiFlowApplication.class, args);
    }
}
